package org.inclusio.shared.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.ApplicationConstants;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Vaadin serves the same page shell for every address and navigates in a second request, so an unknown address would
 * answer {@code 200}. This answers the page load of an address that matches no view with {@code 404}; the page is the
 * same, and Vaadin then shows {@link NotFoundView} in it. Only requests the Vaadin servlet handles pass here.
 */
@Component
class UnknownAddressStatus implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var routes = RouteConfiguration.forRegistry(event.getSource().getRouter().getRegistry());
        event.addVaadinRequestInterceptor(new VaadinRequestInterceptor() {
            @Override
            public void requestStart(VaadinRequest request, VaadinResponse response) {
                String path = request.getPathInfo() == null ? "" : request.getPathInfo();
                if (isPageLoad(request, path) && routes.getRoute(path.startsWith("/") ? path.substring(1) : path).isEmpty()) {
                    response.setStatus(404);
                }
            }

            @Override
            public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
                                        Exception exception) {
            }

            @Override
            public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
            }
        });
    }

    private static boolean isPageLoad(VaadinRequest request, String path) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return "GET".equals(request.getMethod())
                && request.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER) == null
                && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)
                && !path.substring(path.lastIndexOf('/') + 1).contains(".");
    }
}
