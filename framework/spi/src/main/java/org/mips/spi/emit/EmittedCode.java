package org.mips.spi.emit;

import java.util.Objects;

/**
 * Source text produced by a {@link CodeEmitter}.
 *
 * @param language  the emitter's id, e.g. {@code python}
 * @param fileName  the file name the source should be saved under, e.g. {@code binary_addition.py}
 * @param entryPoint the function or class a caller uses, e.g. {@code binary_addition} or
 *                   {@code BinaryAddition}
 * @param source    the complete source text
 */
public record EmittedCode(String language, String fileName, String entryPoint, String source) {
    public EmittedCode {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(entryPoint, "entryPoint");
        Objects.requireNonNull(source, "source");
    }
}
