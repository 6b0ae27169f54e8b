/**
 * The architecture search (reference section 3): finds the smallest RNN, in the paper's order of
 * architectures ({@link org.mips.core.search.ArchitectureOrder}), that a
 * {@link org.mips.spi.training.TrainingBackend} trains to a perfect network, within a time budget.
 *
 * <p>Entry point: {@link org.mips.core.search.ArchitectureSearch}, configured by
 * {@link org.mips.core.search.SearchSettings}; its result is a
 * {@link org.mips.core.search.SearchResult}, which the search stage writes as {@code search.json}.
 * Strategies are {@link org.mips.core.search.SearchPlan}s: the budget-minded
 * {@link org.mips.core.search.LadderPlan} (default) and the paper's
 * {@link org.mips.core.search.PaperPlan}.
 */
package org.mips.core.search;
