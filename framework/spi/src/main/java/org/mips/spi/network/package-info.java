/** The paper's recurrent network: {@link org.mips.spi.network.Architecture} and {@link org.mips.spi.network.Network} with its forward semantics. */
package org.mips.spi.network;
