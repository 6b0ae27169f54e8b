package org.mips.spi.config;

/**
 * The effective configuration: the defaults, the distribution's {@code conf/mips.yml}, the user's
 * {@code --config} file and the command line's flags, later ones winning. A host service: a stage or
 * component receives it through an {@code @jakarta.inject.Inject} constructor (or, for a stage, from its
 * {@link org.mips.spi.pipeline.StageContext}) and reads its values through the settings it declares in
 * {@link org.mips.spi.Component#settings()}.
 */
public interface Settings {

    /**
     * The configured value of {@code setting}, or its default.
     *
     * @throws RuntimeException naming the configuration file (or flag), the key and what is wrong with
     *                          the value, which the command line reports as bad input
     */
    <T> T get(Setting<T> setting);
}
