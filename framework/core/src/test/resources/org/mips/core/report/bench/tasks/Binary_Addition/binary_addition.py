"""binary_addition: a step program written out by mips."""

import sys


def binary_addition(x0, x1):
    """Return y for each step of x0 (0..1) and x1 (0..1)."""
    b0 = 0
    b1 = 0
    ys = []
    for x0_t, x1_t in zip(x0, x1):
        b1 = b0 ^ x0_t ^ x1_t
        b0 = int(b0 + x0_t + x1_t > 1)
        ys.append(b1)
    return ys


def main():
    """Run binary_addition on stdin: one sequence per line, steps separated by spaces
    and the inputs of a step by commas; print the outputs of each sequence
    on one line in the same format."""
    for line in sys.stdin:
        steps = [[int(value) for value in step.split(",")] for step in line.split()]
        outputs = binary_addition([step[0] for step in steps], [step[1] for step in steps])
        print(" ".join(str(output) for output in outputs))


if __name__ == "__main__":
    main()
