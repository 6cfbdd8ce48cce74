package org.inclusio.consultation;

import org.inclusio.shared.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;

/** The consultation topics of the current organisation, in their display order. */
@PreAuthorize("hasRole('" + Roles.MEMBER + "')")
public interface TopicService {

    List<Topic> list();
}
