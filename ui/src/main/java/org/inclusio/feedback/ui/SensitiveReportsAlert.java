package org.inclusio.feedback.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import org.inclusio.feedback.FeedbackCategory;
import org.inclusio.feedback.FeedbackService;
import org.inclusio.shared.ui.HeaderContribution;

import java.util.Optional;

/**
 * The protection focal point's alert in the header: how many sensitive reports nobody has acknowledged yet, linking
 * to the inbox filtered to them. Nobody else gets it.
 */
@org.springframework.stereotype.Component
class SensitiveReportsAlert implements HeaderContribution {

    private final FeedbackService feedback;

    SensitiveReportsAlert(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        if (!FeedbackAccess.isFocalPoint()) {
            return Optional.empty();
        }
        long unacknowledged = feedback.unacknowledgedSensitiveCount();
        if (unacknowledged == 0) {
            return Optional.empty();
        }
        var alert = new Anchor("feedback?" + QueryParameters.of("category", FeedbackCategory.SERIOUS.name())
                .getQueryString(), "");
        alert.setText(alert.getTranslation("feedback.alert.sensitive", unacknowledged));
        alert.getElement().getThemeList().add("badge error primary");
        alert.setId("sensitive-alert");
        return Optional.of(alert);
    }
}
