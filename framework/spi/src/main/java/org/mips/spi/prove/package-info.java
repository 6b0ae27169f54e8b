/**
 * Proofs that a synthesized program computes what its task specifies, for inputs of every length: the
 * host states a {@link org.mips.spi.prove.Refinement} (the two step machines, the abstraction function
 * between their states and the states the specification can reach, with the {@link org.mips.spi.prove.Property}s
 * the task declares of its specification) and a {@link org.mips.spi.prove.Prover} plugin writes and checks the
 * proof with its tool.
 */
package org.mips.spi.prove;
