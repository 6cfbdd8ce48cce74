package org.inclusio.identity;

import org.jspecify.annotations.Nullable;

/** @param initialPassword shown once to the administrator; {@code null} when the account already existed */
public record CreatedMember(Member member, @Nullable String initialPassword) {

    @Override
    public String toString() {
        return "CreatedMember[member=" + member.id() + "]";
    }
}
