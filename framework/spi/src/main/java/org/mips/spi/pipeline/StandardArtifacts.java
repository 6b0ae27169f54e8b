package org.mips.spi.pipeline;

import org.mips.spi.network.Network;
import org.mips.spi.program.Program;
import org.mips.spi.represent.StateMachine;

/**
 * The artifacts of the built-in stages whose records are SPI types, for a plugin's stage to read (the
 * other built-in artifacts, such as {@code search.json}, are the host's own records).
 */
public final class StandardArtifacts {

    /** The search's chosen network. */
    public static final ArtifactType<Network> NETWORK = ArtifactType.of("network.json", Network.class, Network.SCHEMA_VERSION);
    /** The simplified network. */
    public static final ArtifactType<Network> SIMPLIFIED = ArtifactType.of("simplified.json", Network.class, Network.SCHEMA_VERSION);
    /** The state machine extraction found. */
    public static final ArtifactType<StateMachine> MACHINE = ArtifactType.of("machine.json", StateMachine.class, 1);
    /** The program regression assembled. */
    public static final ArtifactType<Program> PROGRAM = ArtifactType.of("program.json", Program.class, Program.SCHEMA_VERSION);

    private StandardArtifacts() {
    }
}
