/** Training: the {@link org.mips.spi.training.TrainingBackend} extension point, its request and result. */
package org.mips.spi.training;
