package org.mips.core.result;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The reference's results for the 62 tasks (its section 1.3 table), which the benchmark prints beside
 * ours: whether GPT-4 solved each task as the paper counted it, and the evidence for the paper's MIPS
 * (Y: its emitted program is exactly correct; n: a wrong one; skip: not attempted; -: no program).
 */
public final class PaperColumns {

    /** One task's row. */
    public record Row(String mips, String gpt4) {

        public boolean mipsSolved() {
            return mips.equals("Y");
        }

        public boolean gpt4Solved() {
            return gpt4.equals("1");
        }
    }

    private final Map<String, Row> rows;

    private PaperColumns(Map<String, Row> rows) {
        this.rows = rows;
    }

    /** The table shipped with mips. */
    public static PaperColumns load() {
        Map<String, Row> rows = new TreeMap<>();
        try (InputStream in = PaperColumns.class.getResourceAsStream("paper-columns.csv")) {
            if (in == null) {
                throw new IllegalStateException("paper-columns.csv is missing from the mips-core jar");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] fields = line.split(",", -1);
                rows.put(fields[0], new Row(fields[3], fields[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PaperColumns(Map.copyOf(rows));
    }

    /** The paper's row for a task; empty for a task of the user's own. */
    public Optional<Row> of(String task) {
        return Optional.ofNullable(rows.get(task));
    }

    public int size() {
        return rows.size();
    }
}
