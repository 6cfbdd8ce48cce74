package org.inclusio.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/** An address that matches no view (or a record that is not there): 404, inside the layout, with a way home. */
@ParentLayout(MainLayout.class)
@PermitAll
class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    NotFoundView() {
        super("error.not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show();
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
