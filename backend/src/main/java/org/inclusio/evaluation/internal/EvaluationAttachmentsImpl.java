package org.inclusio.evaluation.internal;

import org.inclusio.evaluation.AttachedFile;
import org.inclusio.evaluation.Attachment;
import org.inclusio.evaluation.AttachmentId;
import org.inclusio.evaluation.EvaluationAttachments;
import org.inclusio.evaluation.EvaluationId;
import org.inclusio.evaluation.EvaluationStatus;
import org.inclusio.evaluation.FrameworkDefinition.Question;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.NotFoundException;
import org.inclusio.shared.security.CurrentActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

@Service
@Transactional(readOnly = true)
class EvaluationAttachmentsImpl implements EvaluationAttachments {

    /** What may be attached, by file name extension: its media type and what its first bytes must be. */
    private record Kind(String mediaType, Predicate<byte[]> looksRight) {
    }

    private static final Predicate<byte[]> ZIP = starts(new byte[] {'P', 'K', 3, 4});
    private static final Predicate<byte[]> TEXT = EvaluationAttachmentsImpl::isText;
    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("pdf", new Kind("application/pdf", starts("%PDF-".getBytes(StandardCharsets.US_ASCII)))),
            Map.entry("png", new Kind("image/png", starts(new byte[] {(byte) 0x89, 'P', 'N', 'G'}))),
            Map.entry("jpg", new Kind("image/jpeg", starts(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}))),
            Map.entry("jpeg", new Kind("image/jpeg", starts(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}))),
            Map.entry("docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP)),
            Map.entry("xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP)),
            Map.entry("pptx", new Kind("application/vnd.openxmlformats-officedocument.presentationml.presentation",
                    ZIP)),
            Map.entry("odt", new Kind("application/vnd.oasis.opendocument.text", ZIP)),
            Map.entry("ods", new Kind("application/vnd.oasis.opendocument.spreadsheet", ZIP)),
            Map.entry("odp", new Kind("application/vnd.oasis.opendocument.presentation", ZIP)),
            Map.entry("txt", new Kind("text/plain;charset=UTF-8", TEXT)),
            Map.entry("csv", new Kind("text/csv;charset=UTF-8", TEXT)));

    private final AttachmentRepository attachments;
    private final EvaluationRepository evaluations;
    private final FrameworkRepository frameworks;
    private final FrameworkDefinitions definitions;
    private final Clock clock;

    EvaluationAttachmentsImpl(AttachmentRepository attachments, EvaluationRepository evaluations,
                              FrameworkRepository frameworks, FrameworkDefinitions definitions, Clock clock) {
        this.attachments = attachments;
        this.evaluations = evaluations;
        this.frameworks = frameworks;
        this.definitions = definitions;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Attachment attach(EvaluationId evaluation, String question, String fileName, byte[] content) {
        var attachedTo = evaluation(evaluation);
        refuseFinal(attachedTo);
        boolean known = frameworks.findById(attachedTo.frameworkId())
                .map(row -> definitions.fromJson(row.definition()).questions().map(Question::code)
                        .anyMatch(question::equals)).orElse(false);
        if (!known) {
            throw new InvalidInputException("question", "names a question the framework does not have");
        }
        String name = fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidInputException("fileName", "must be a file name of 1 to 200 characters");
        }
        if (content.length == 0 || content.length > MAX_BYTES) {
            throw new InvalidInputException("file", "must be between 1 byte and 10 MB");
        }
        int dot = name.lastIndexOf('.');
        Kind kind = dot < 0 ? null : KINDS.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (kind == null) {
            throw new InvalidInputException("file", "must be a PDF, an office document, plain text, CSV, PNG or JPEG");
        }
        if (!kind.looksRight().test(content)) {
            throw new InvalidInputException("file", "is not what its name says it is");
        }
        UUID tenant = Objects.requireNonNull(CurrentActor.require().tenantId(), "acting in an organisation");
        var stored = attachments.saveAndFlush(new AttachmentEntity(tenant, attachedTo.id(), question, name,
                kind.mediaType(), content, clock.instant().truncatedTo(ChronoUnit.MICROS)));
        return view(stored);
    }

    @Override
    public AttachedFile download(EvaluationId evaluation, AttachmentId attachment) {
        var file = find(evaluation, attachment);
        return new AttachedFile(view(file), file.content());
    }

    @Override
    @Transactional
    public void remove(EvaluationId evaluation, AttachmentId attachment) {
        refuseFinal(evaluation(evaluation));
        attachments.delete(find(evaluation, attachment));
        attachments.flush();
    }

    private AttachmentEntity find(EvaluationId evaluation, AttachmentId attachment) {
        return attachments.findByIdAndEvaluationId(attachment.value(), evaluation.value())
                .orElseThrow(() -> new NotFoundException("Attachment"));
    }

    private EvaluationEntity evaluation(EvaluationId id) {
        return evaluations.findById(id.value()).orElseThrow(() -> new NotFoundException("Evaluation"));
    }

    private static void refuseFinal(EvaluationEntity evaluation) {
        if (evaluation.status() == EvaluationStatus.FINAL) {
            throw new InvalidInputException("status", "a final evaluation cannot change; correct it with a new"
                    + " version");
        }
    }

    private static Attachment view(AttachmentEntity file) {
        return new Attachment(new AttachmentId(file.id()), file.question(), file.fileName(), file.mediaType(),
                file.size());
    }

    private static Predicate<byte[]> starts(byte[] magic) {
        return content -> content.length >= magic.length
                && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
    }

    /** UTF-8 without NUL bytes. */
    private static boolean isText(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
