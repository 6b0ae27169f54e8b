package org.mips.core.imports;

/**
 * The keys of a weight file's metadata that say how to read it, as {@code tools/export_general_rnn.py} writes them;
 * an option on the command line wins over them.
 */
final class ImportMetadata {

    /** {@code general-rnn}, {@code torch-rnn} or {@code mapped}. */
    static final String LAYOUT = "mips.layout";
    /** {@code relu}, {@code tanh} or {@code silu}. */
    static final String ACTIVATION = "mips.activation";
    /** The module name of an {@code nn.RNN}'s readout, e.g. {@code fc}. */
    static final String READOUT_PREFIX = "mips.readout-prefix";

    private ImportMetadata() {
    }
}
