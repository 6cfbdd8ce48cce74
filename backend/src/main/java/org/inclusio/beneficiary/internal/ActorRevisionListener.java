package org.inclusio.beneficiary.internal;

import org.hibernate.envers.RevisionListener;
import org.inclusio.beneficiary.CaseFileRevision.ActorKind;
import org.inclusio.shared.security.CurrentActor;

/** Stamps each revision with the acting person, machine client or system; a change without an actor is refused. */
class ActorRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        var actor = CurrentActor.require();
        ((RevisionInfoEntity) revisionEntity).actedBy(ActorKind.valueOf(actor.kind().name()), actor.id());
    }
}
