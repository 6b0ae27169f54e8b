package org.mips.core.result;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The benchmark's counts, over the tasks it ran: ours beside the reference's MIPS and GPT-4 columns.
 *
 * @param tasks          tasks run
 * @param solved         tasks whose program passed verification
 * @param proven         of those, tasks whose program was proven equal to the specification
 * @param mips           tasks the paper's MIPS solved (evidence Y)
 * @param gpt4           tasks GPT-4 solved, as the paper counted
 * @param solvedOnlyByUs tasks we solved and the paper's MIPS did not
 * @param mipsOnly       tasks the paper's MIPS solved and we did not
 * @param unionWithMips  tasks either of us solved
 * @param unionAll       tasks any of the three solved
 */
public record Totals(int tasks, int solved, int proven, int mips, int gpt4, int solvedOnlyByUs, int mipsOnly, int unionWithMips,
        int unionAll) {

    public static Totals of(List<TaskResult> results) {
        Set<String> ours = new TreeSet<>();
        Set<String> mips = new TreeSet<>();
        Set<String> gpt4 = new TreeSet<>();
        int proven = 0;
        for (TaskResult r : results) {
            if (r.solved()) {
                ours.add(r.task());
            }
            if (r.status() == TaskStatus.PROVEN) {
                proven++;
            }
            if (r.paper() != null && r.paper().mipsSolved()) {
                mips.add(r.task());
            }
            if (r.paper() != null && r.paper().gpt4Solved()) {
                gpt4.add(r.task());
            }
        }
        Set<String> onlyUs = new TreeSet<>(ours);
        onlyUs.removeAll(mips);
        Set<String> onlyMips = new TreeSet<>(mips);
        onlyMips.removeAll(ours);
        Set<String> union = new TreeSet<>(ours);
        union.addAll(mips);
        Set<String> all = new TreeSet<>(union);
        all.addAll(gpt4);
        return new Totals(results.size(), ours.size(), proven, mips.size(), gpt4.size(), onlyUs.size(), onlyMips.size(), union.size(),
                all.size());
    }
}
