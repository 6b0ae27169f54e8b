package org.mips.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.mips.core.Mips;
import org.mips.core.config.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mips config}: the effective configuration, every setting with its value and where that comes from. */
@Command(name = "config",
        description = {"Print the effective configuration: every setting the pipeline, its stages and the installed components declare, "
                + "with its value and where that comes from (default, a file and line, or a flag).",
                "Values come from conf/mips.yml of the installation, then --config FILE, then --set KEY=VALUE. A key that nothing "
                        + "declares, or a value its setting cannot read, is an error naming the file and the key."})
final class ConfigCommand implements Callable<Integer> {

    @ParentCommand
    MipsCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--descriptions", description = "Print what each setting does under it.")
    boolean descriptions;

    @Override
    public Integer call() {
        Mips mips = root.mips();
        root.warnAboutSkippedPlugins();
        List<Configuration.Effective> rows = mips.configuration().effective(mips.settings());
        PrintWriter out = spec.commandLine().getOut();
        int width = rows.stream().mapToInt(r -> r.key().length() + r.value().length() + 3).max().orElse(10);
        for (Configuration.Effective row : rows) {
            String assignment = row.key() + ": " + row.value();
            out.println(assignment + " ".repeat(Math.max(1, width - assignment.length())) + "# " + row.source());
            if (descriptions) {
                out.println("    " + row.description());
            }
        }
        return 0;
    }
}
