package org.inclusio.shared.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * A signed-in person opened a view their roles do not allow. Vaadin's own handler would pretend the view does not
 * exist; the menu already shows a person which views they have, so saying "no access" hides nothing and helps more.
 */
@ParentLayout(MainLayout.class)
@PermitAll
class NoAccessView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    NoAccessView() {
        super("error.no-access");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show();
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
