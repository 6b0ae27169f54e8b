package org.mips.core.registry;

import jakarta.inject.Inject;
import org.mips.spi.emit.CodeEmitter;
import org.mips.spi.emit.EmittedCode;
import org.mips.spi.program.Program;
import org.pf4j.Extension;
import org.pf4j.PluginManager;

/** A class-path extension with an injected constructor, to show Guice creates extensions. */
@Extension
public class EchoEmitter implements CodeEmitter {

    public final PluginManager injected;

    @Inject
    public EchoEmitter(PluginManager pluginManager) {
        this.injected = pluginManager;
    }

    @Override
    public String id() {
        return "echo";
    }

    @Override
    public String description() {
        return "Echoes the program name.";
    }

    @Override
    public String fileExtension() {
        return "txt";
    }

    @Override
    public EmittedCode emit(Program program) {
        return new EmittedCode(id(), program.name() + ".txt", program.name(), program.name() + "\n");
    }
}
