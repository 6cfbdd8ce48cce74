package org.inclusio.tenant.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.inclusio.SignedInTest;
import org.inclusio.identity.internal.WithDemoUser;
import org.inclusio.tenant.OrganisationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@SignedInTest
@WithDemoUser("city-admin")
class OrganisationSettingsViewTests extends SpringBrowserlessTest {

    @Autowired
    OrganisationService organisations;

    @Test
    void showsTheSettingsAndRefusesASmallCellThresholdBelowFive() {
        navigate(OrganisationSettingsView.class);
        assertThat($(TextField.class).id("languages").getValue()).isEqualTo("cs, en, uk, ar");

        // The field itself already refuses values below its minimum in the browser; the form must refuse it too.
        $(IntegerField.class).id("small-cell-threshold").setValue(3);
        test($(Button.class).id("save-settings")).click();

        IntegerField threshold = $(IntegerField.class).id("small-cell-threshold");
        assertThat(threshold.isInvalid()).isTrue();
        assertThat(threshold.getValue()).isEqualTo(3);
        assertThat(organisations.current().smallCellThreshold()).isEqualTo(5);
    }
}
