package org.mips.spi.training;

/** Why a training run ended. */
public enum StopReason {
    /** An evaluation matched every target of the whole test split. */
    PERFECT,
    /** All requested steps were taken without a perfect evaluation. */
    STEPS,
    /** The request's deadline passed first. */
    DEADLINE
}
