package org.inclusio.feedback.internal;

import org.inclusio.feedback.FeedbackCode;
import org.inclusio.feedback.FeedbackCodeId;
import org.inclusio.feedback.FeedbackSetup;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.util.List;

@Service
@Validated
@Transactional(readOnly = true)
class FeedbackSetupImpl implements FeedbackSetup {

    private final ServiceLevelRepository serviceLevels;
    private final CurrentServiceLevels current;
    private final CodeRepository codes;

    FeedbackSetupImpl(ServiceLevelRepository serviceLevels, CurrentServiceLevels current, CodeRepository codes) {
        this.serviceLevels = serviceLevels;
        this.current = current;
        this.codes = codes;
    }

    @Override
    public ServiceLevels serviceLevels() {
        return current.current();
    }

    @Override
    @Transactional
    public ServiceLevels changeServiceLevels(ServiceLevels levels) {
        if (levels.answerDays() < levels.acknowledgeDays()) {
            throw new InvalidInputException("answerDays", "is before feedback must be acknowledged");
        }
        var stored = serviceLevels.findTheOne().orElseGet(() -> new ServiceLevelEntity(levels));
        stored.apply(levels);
        return serviceLevels.saveAndFlush(stored).toView();
    }

    @Override
    public List<FeedbackCode> codes() {
        return codes.findAllInOrder().stream().map(CodeEntity::toView).toList();
    }

    @Override
    @Transactional
    public FeedbackCode addCode(CodeDetails details) {
        if (codes.existsByKey(details.key())) {
            throw new InvalidInputException("key", "is used by another code");
        }
        return codes.saveAndFlush(new CodeEntity(details)).toView();
    }

    @Override
    @Transactional
    public FeedbackCode changeCode(FeedbackCodeId id, CodeDetails details) {
        var code = find(id);
        if (codes.existsByKeyAndIdNot(details.key(), code.id())) {
            throw new InvalidInputException("key", "is used by another code");
        }
        code.apply(details);
        codes.flush();
        return code.toView();
    }

    @Override
    @Transactional
    public FeedbackCode retireCode(FeedbackCodeId id) {
        var code = find(id);
        code.retire();
        codes.flush();
        return code.toView();
    }

    private CodeEntity find(FeedbackCodeId id) {
        return codes.findById(id.value()).orElseThrow(() -> new NotFoundException("Feedback code"));
    }
}
