package org.mips.core.stages;

import org.mips.core.imports.ImportRecord;
import org.mips.core.emit.EmitRecord;
import org.mips.core.extract.Codebook;
import org.mips.core.extract.ExtractRecord;
import org.mips.core.extract.MachineCandidates;
import org.mips.core.prove.ProofRecord;
import org.mips.core.regress.RegressRecord;
import org.mips.core.regress.VerificationRecord;
import org.mips.core.search.SearchResult;
import org.mips.core.search.TrainingCurve;
import org.mips.core.simplify.SimplifyRecord;
import org.mips.core.train.TimingRecord;
import org.mips.core.train.TrainingRecord;
import org.mips.spi.network.Network;
import org.mips.spi.pipeline.ArtifactType;
import org.mips.spi.pipeline.StandardArtifacts;
import org.mips.spi.program.Program;
import org.mips.spi.represent.StateMachine;

/** Every artifact of a run directory, with the record each holds: the one place their names are written. */
public final class RunArtifacts {

    /** Every trial of the architecture search and its choice. */
    public static final ArtifactType<SearchResult> SEARCH = ArtifactType.of("search.json", SearchResult.class, SearchResult.SCHEMA_VERSION);
    /** The search's chosen network. */
    public static final ArtifactType<Network> NETWORK = StandardArtifacts.NETWORK;
    /** Where an imported network came from and its accuracy on the task ({@code mips import}, {@code mips run --network}). */
    public static final ArtifactType<ImportRecord> IMPORT = ArtifactType.of("import.json", ImportRecord.class, 1);
    /** The chosen network's training curve. */
    public static final ArtifactType<TrainingCurve> CURVE = ArtifactType.of("curve.json", TrainingCurve.class, 1);
    /** The simplified network. */
    public static final ArtifactType<Network> SIMPLIFIED = StandardArtifacts.SIMPLIFIED;
    /** Every normalizer's step. */
    public static final ArtifactType<SimplifyRecord> SIMPLIFY = ArtifactType.of("simplify.json", SimplifyRecord.class, 1);
    /** Every detector's candidate, the choice and its replay. */
    public static final ArtifactType<ExtractRecord> EXTRACT = ArtifactType.of("extract.json", ExtractRecord.class, 1);
    /** The chosen representation's states and hidden vectors. */
    public static final ArtifactType<Codebook> REPRESENTATION = ArtifactType.of("representation.json", Codebook.class, 1);
    /** The extracted state machine. */
    public static final ArtifactType<StateMachine> MACHINE = StandardArtifacts.MACHINE;
    /** Every detector's deterministic machine, the chosen one first. */
    public static final ArtifactType<MachineCandidates> MACHINES = ArtifactType.of("machines.json", MachineCandidates.class, 1);
    /** The machine the chosen program was regressed from: an extracted machine, or a numbering of one. */
    public static final ArtifactType<StateMachine> PROGRAM_MACHINE = ArtifactType.of("program-machine.json", StateMachine.class, 1);
    /** Every formula's fit. */
    public static final ArtifactType<RegressRecord> REGRESS = ArtifactType.of("regress.json", RegressRecord.class, 2);
    /** The synthesized program. */
    public static final ArtifactType<Program> PROGRAM = StandardArtifacts.PROGRAM;
    /** The verification's checks. */
    public static final ArtifactType<VerificationRecord> VERIFICATION = ArtifactType.of("verification.json", VerificationRecord.class, 1);
    /** The proof's verdict. */
    public static final ArtifactType<ProofRecord> PROOF = ArtifactType.of("proof.json", ProofRecord.class, 1);
    /** The emitted code's files and checks. */
    public static final ArtifactType<EmitRecord> EMIT = ArtifactType.of("emit.json", EmitRecord.class, 1);
    /** {@code mips train}'s record of one training. */
    public static final ArtifactType<TrainingRecord> TRAINING = ArtifactType.of("training.json", TrainingRecord.class, 1);
    /** {@code mips train}'s timing. */
    public static final ArtifactType<TimingRecord> TIMING = ArtifactType.of("timing.json", TimingRecord.class, 1);

    /** The hidden states drawn by state, written by extraction. */
    public static final String HIDDEN_STATES = "hidden-states.svg";

    private RunArtifacts() {
    }
}
