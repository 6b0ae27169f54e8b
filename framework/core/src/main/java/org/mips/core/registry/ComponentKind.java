package org.mips.core.registry;

import org.mips.spi.encode.Encoding;

import org.mips.spi.Component;
import org.mips.spi.emit.CodeEmitter;
import org.mips.spi.engine.ExecutionEngine;
import org.mips.spi.network.NetworkImporter;
import org.mips.spi.normalize.Normalizer;
import org.mips.spi.pipeline.Stage;
import org.mips.spi.prove.Prover;
import org.mips.spi.regress.Regressor;
import org.mips.spi.regress.StateNumbering;
import org.mips.spi.represent.RepresentationDetector;
import org.mips.spi.task.TaskSuite;
import org.mips.spi.training.TrainingBackend;

/** The twelve extension points, with the names users see. */
public enum ComponentKind {
    BACKEND("backend", TrainingBackend.class),
    NORMALIZER("normalizer", Normalizer.class),
    DETECTOR("detector", RepresentationDetector.class),
    REGRESSOR("regressor", Regressor.class),
    NUMBERING("numbering", StateNumbering.class),
    EMITTER("emitter", CodeEmitter.class),
    PROVER("prover", Prover.class),
    TASK_SUITE("task-suite", TaskSuite.class),
    STAGE("stage", Stage.class),
    ENCODING("encoding", Encoding.class),
    IMPORTER("importer", NetworkImporter.class),
    ENGINE("engine", ExecutionEngine.class);

    private final String label;
    private final Class<? extends Component> type;

    ComponentKind(String label, Class<? extends Component> type) {
        this.label = label;
        this.type = type;
    }

    public String label() {
        return label;
    }

    public Class<? extends Component> type() {
        return type;
    }

    /** The kind whose interface {@code type} is. */
    public static ComponentKind of(Class<? extends Component> type) {
        for (ComponentKind kind : values()) {
            if (kind.type == type) {
                return kind;
            }
        }
        throw new IllegalArgumentException(type.getName() + " is not an extension point");
    }
}
