/**
 * The paper's autoencoders (reference section 5): from a network's hidden states to discrete variables.
 * Two integer-lattice finders ({@code linear-lattice}, {@code gcd-lattice}, section 5.2), a bit-code
 * finder ({@code boolean}, section 5.4) and a minimised finite machine ({@code cluster}). Every
 * representation is scored by the one description length of section 5.3
 * ({@link org.mips.autoencoders.DescriptionLength}) and returned only if it is a deterministic machine on
 * the trace ({@link org.mips.autoencoders.Consistency}).
 */
package org.mips.autoencoders;
