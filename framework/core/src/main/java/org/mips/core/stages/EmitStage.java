package org.mips.core.stages;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mips.core.emit.CodeEmission;
import org.mips.core.emit.EmitRecord;
import org.mips.spi.config.Setting;
import org.mips.spi.Components;
import org.mips.spi.config.Settings;
import org.mips.spi.emit.CodeEmitter;
import org.mips.spi.pipeline.ArtifactType;
import org.mips.spi.pipeline.BuiltInStages;
import org.mips.spi.pipeline.Placement;
import org.mips.spi.pipeline.Stage;
import org.mips.spi.pipeline.StageContext;
import org.mips.spi.pipeline.StageOutcome;
import org.mips.spi.program.Program;
import org.pf4j.Extension;

/**
 * Writes the verified program as code in each configured language, and checks each with the language's
 * own toolchain (run against the interpreter, or, for Dafny, verified). A check that finds the code wrong
 * fails the stage; one whose tool is missing says so.
 */
@Extension
public final class EmitStage implements Stage {

    public static final Setting<List<String>> LANGUAGES = Setting.list("emit.languages", List.of("python", "java", "dafny"),
            "emitter ids of the languages to write the program in");
    public static final Setting<Boolean> CHECK = Setting.bool("emit.check", true,
            "run (or verify) the emitted code and compare it with the interpreter");

    @Override
    public String id() {
        return BuiltInStages.EMIT;
    }

    @Override
    public String description() {
        return "Writes the program as code in each language, checked with the language's own toolchain.";
    }

    @Override
    public Placement placement() {
        return Placement.after(BuiltInStages.PROVE);
    }

    @Override
    public List<ArtifactType<?>> reads() {
        return List.of(RunArtifacts.PROGRAM);
    }

    @Override
    public List<ArtifactType<?>> writes() {
        return List.of(RunArtifacts.EMIT);
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(LANGUAGES, CHECK, CodeEmission.TIMEOUT);
    }

    @Override
    public void check(Settings settings, Components components) {
        settings.get(LANGUAGES).forEach(language -> components.get(CodeEmitter.class, language));
    }

    @Override
    public String summary(StageContext context) {
        return String.join(",", context.settings().get(LANGUAGES));
    }

    @Override
    public StageOutcome run(StageContext context) {
        Program program = context.artifacts().read(RunArtifacts.PROGRAM);
        List<EmitRecord.EmittedFile> files = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (String language : context.settings().get(LANGUAGES)) {
            CodeEmitter emitter = context.components().get(CodeEmitter.class, language);
            CodeEmission emission = CodeEmission.of(emitter, program, context.settings().get(CHECK), limit(context));
            String file = "";
            if (emission.code() != null) {
                file = context.artifacts().writeText(emission.code().fileName(), emission.code().source()).toString();
            }
            EmitRecord.EmittedFile record = emission.record(language);
            files.add(record);
            context.publish(new StageEvents.CodeEmitted(record, file));
            if (emission.failed()) {
                failed.add(language + ": " + emission.detail());
            }
        }
        context.artifacts().write(RunArtifacts.EMIT, new EmitRecord(context.task().id(), files));
        return failed.isEmpty() ? StageOutcome.done()
                : StageOutcome.failed(failed.size() + " of " + files.size() + " languages failed: " + String.join("; ", failed));
    }

    /** emit.timeout, but never past the stage's deadline less a little time to write emit.json. */
    private static Duration limit(StageContext context) {
        Duration untilDeadline = Duration.between(Instant.now(), context.deadline()).minusSeconds(5);
        Duration limit = context.settings().get(CodeEmission.TIMEOUT);
        return untilDeadline.compareTo(limit) < 0 ? (untilDeadline.isNegative() ? Duration.ZERO : untilDeadline) : limit;
    }
}
