/**
 * The paper's recurrent network: {@link org.mips.spi.network.Architecture} and {@link org.mips.spi.network.Network} with
 * its forward semantics; and {@link org.mips.spi.network.NetworkImporter}, the extension point that reads weight files
 * of other frameworks into named {@link org.mips.spi.network.Tensor}s.
 */
package org.mips.spi.network;
