/**
 * Networks trained elsewhere: the built-in {@code safetensors} format, the layouts that turn named tensors into
 * the paper's network ({@code GeneralRNN}, {@code torch.nn.RNN} with a linear readout, an explicit mapping), and
 * the import itself, which checks the network against its task and measures it on the task's test split.
 */
package org.mips.core.imports;
