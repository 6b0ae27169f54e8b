package org.mips.testkit;

import java.util.List;
import java.util.Objects;
import org.mips.spi.Components;
import org.mips.spi.config.Settings;
import org.mips.spi.pipeline.ArtifactType;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.Task;

/**
 * What one run of a stage is given in {@link StageHarness}: the task and its data, the configuration, the
 * installed components, and the artifacts already in the run directory.
 *
 * @param task       the task the run is for
 * @param dataset    the task's data as the pipeline shares it between stages
 * @param settings   the effective configuration
 * @param components the installed components
 * @param artifacts  the artifacts earlier stages wrote
 */
public record StageFixture(Task task, Dataset dataset, Settings settings, Components components, List<Artifact<?>> artifacts) {

    /** An artifact in the run directory before the stage runs. */
    public record Artifact<T>(ArtifactType<T> type, T value) {
        public Artifact {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(value, "value");
        }
    }

    public StageFixture {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(components, "components");
        artifacts = List.copyOf(artifacts);
    }

    /** The artifact {@code type} holding {@code value}. */
    public static <T> Artifact<T> artifact(ArtifactType<T> type, T value) {
        return new Artifact<>(type, value);
    }

    /** Settings that give every setting its default. */
    public static Settings defaultSettings() {
        return new Settings() {
            @Override
            public <T> T get(org.mips.spi.config.Setting<T> setting) {
                return setting.defaultValue();
            }
        };
    }
}
