package org.mips.core.imports;

import org.mips.spi.network.Network;

/** A network read from another framework's file, with the record of how. */
public record ImportedNetwork(Network network, ImportRecord record) {
}
