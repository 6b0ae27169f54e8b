package org.mips.core.registry;

import jakarta.inject.Inject;
import org.mips.spi.emit.CodeEmitter;
import org.mips.spi.emit.EmittedCode;
import org.mips.spi.program.Program;
import org.mips.spi.Components;
import org.mips.spi.config.Settings;
import org.pf4j.Extension;

/** A class-path extension with an injected constructor, to show Guice creates extensions with the host services. */
@Extension
public class EchoEmitter implements CodeEmitter {

    public final Components components;
    public final Settings settings;

    @Inject
    public EchoEmitter(Components components, Settings settings) {
        this.components = components;
        this.settings = settings;
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
