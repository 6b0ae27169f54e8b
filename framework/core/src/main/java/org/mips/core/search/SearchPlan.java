package org.mips.core.search;

import java.util.Objects;
import java.util.Optional;

/**
 * A search strategy, written as if it ran alone on one core: it asks for verdicts on candidate
 * architectures one at a time and decides what to try next.
 *
 * <p>{@link ArchitectureSearch} calls {@link #next} again from the start after every finished trial,
 * and also with made-up verdicts to look ahead, so a plan keeps no state and must follow two rules:
 * <ul>
 *   <li>asking for a verdict means "train it if it is not known": return {@link Train} for the first
 *       candidate whose verdict is {@link Verdict#PENDING};</li>
 *   <li>ask only for candidates you would train, in the order you would train them; a plan that
 *       peeked at verdicts it would not otherwise need could see results that concurrency produced
 *       early, and would no longer decide as the sequential search does.</li>
 * </ul>
 * Asking twice for the same candidate is free: the verdict is remembered. A candidate is an architecture
 * on a {@link Track}, the encodings of the task's columns.
 */
public interface SearchPlan {

    /** Short name for reports, e.g. {@code ladder}. */
    String id();

    /** The next candidate to train, or the end of the search. */
    Step next(Verdicts verdicts);

    /** The verdicts known so far. */
    interface Verdicts {

        /**
         * The verdict from at most {@code seeds} of the candidate's seeds (fewer if the
         * {@link SeedPolicy} allows fewer): a quick look with one seed can later be overturned by
         * asking again with more.
         */
        Verdict of(Candidate candidate, int seeds);

        /** The verdict from every seed the {@link SeedPolicy} grants. */
        default Verdict of(Candidate candidate) {
            return of(candidate, Integer.MAX_VALUE);
        }
    }

    /** What a plan wants next. */
    sealed interface Step permits Train, Finish {
    }

    /** Train this candidate (its next seed). */
    record Train(Candidate candidate) implements Step {
        public Train {
            Objects.requireNonNull(candidate, "candidate");
        }
    }

    /** The search is over; {@code chosen} is the smallest perfect architecture, if any. */
    record Finish(Optional<Candidate> chosen) implements Step {
        public Finish {
            Objects.requireNonNull(chosen, "chosen");
        }

        public static Finish none() {
            return new Finish(Optional.empty());
        }

        public static Finish of(Candidate chosen) {
            return new Finish(Optional.of(chosen));
        }
    }
}
