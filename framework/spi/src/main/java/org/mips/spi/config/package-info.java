/**
 * Configuration: typed {@link org.mips.spi.config.Setting}s that stages and components declare, and
 * the {@link org.mips.spi.config.Settings} the host injects to read them.
 */
package org.mips.spi.config;
