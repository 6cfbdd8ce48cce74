package org.inclusio.identity.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * When a Vaadin request finds its session gone (ended by {@link SessionCheck}, signed out elsewhere, or idle for too
 * long), the browser goes straight to the page that says so instead of Vaadin's English "Session expired" notice.
 */
@Component
class SessionMessages implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> {
            var messages = new CustomizedSystemMessages();
            messages.setSessionExpiredNotificationEnabled(false);
            String contextPath = info.getRequest() != null ? info.getRequest().getContextPath() : "";
            messages.setSessionExpiredURL(contextPath + "/" + SessionEndedView.ROUTE);
            return messages;
        });
    }
}
