/**
 * Writing source code from a program, as every emitter does: facts about the program (which variables
 * are bits, an order for the state update), names that avoid a language's reserved words, expressions
 * with only the parentheses they need, and lines packed to a width.
 */
package org.mips.toolkit.source;
