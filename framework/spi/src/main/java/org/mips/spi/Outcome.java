package org.mips.spi;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The result of a stage that may honestly find nothing: a value, or the reason there is none.
 *
 * <p>Detectors and regressors return this instead of {@link Optional} so that a report can say why a
 * stage stopped ("no lattice: reconstruction error 0.31 above 0.01"), never a made-up success.
 *
 * @param <T> the value type
 */
public sealed interface Outcome<T> {

    /** A value was found. */
    record Found<T>(T value) implements Outcome<T> {
        public Found {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Nothing was found; {@code reason} says why, in one line. */
    record None<T>(String reason) implements Outcome<T> {
        public None {
            Objects.requireNonNull(reason, "reason");
        }
    }

    static <T> Outcome<T> found(T value) {
        return new Found<>(value);
    }

    static <T> Outcome<T> none(String reason) {
        return new None<>(reason);
    }

    /** The value, if any. */
    default Optional<T> toOptional() {
        return this instanceof Found<T> f ? Optional.of(f.value()) : Optional.empty();
    }

    default <R> Outcome<R> map(Function<? super T, ? extends R> mapper) {
        if (this instanceof Found<T> f) {
            return new Found<>(mapper.apply(f.value()));
        }
        return new None<>(((None<T>) this).reason());
    }
}
