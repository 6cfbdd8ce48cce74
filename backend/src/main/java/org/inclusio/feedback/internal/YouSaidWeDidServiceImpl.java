package org.inclusio.feedback.internal;

import org.inclusio.feedback.FeedbackId;
import org.inclusio.feedback.YouSaidWeDid;
import org.inclusio.feedback.YouSaidWeDidId;
import org.inclusio.feedback.YouSaidWeDidService;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.NotFoundException;
import org.inclusio.shared.StaleVersionException;
import org.inclusio.shared.security.CurrentActor;
import org.inclusio.shared.security.Role;
import org.inclusio.tenant.Organisation;
import org.inclusio.tenant.OrganisationDirectory;
import org.inclusio.tenant.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * "You said, we did". The feedback behind an entry points to it; staff see which, the public page never does. The
 * public page finds the organisation by its slug in the organisation directory and binds it for one read-only
 * transaction, as the public feedback form does with a channel token.
 */
@Service
@Validated
class YouSaidWeDidServiceImpl implements YouSaidWeDidService {

    private final YouSaidWeDidRepository entries;
    private final FeedbackRepository feedback;
    private final ChannelRepository channels;
    private final OrganisationDirectory organisations;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    YouSaidWeDidServiceImpl(YouSaidWeDidRepository entries, FeedbackRepository feedback, ChannelRepository channels,
                            OrganisationDirectory organisations, PlatformTransactionManager transactions,
                            Clock clock) {
        this.entries = entries;
        this.feedback = feedback;
        this.channels = channels;
        this.organisations = organisations;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    @Override
    @Transactional
    public YouSaidWeDid publish(YouSaidWeDid.Details details) {
        check(details);
        var entry = entries.saveAndFlush(new YouSaidWeDidEntity(details,
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
        link(entry.id(), details.basedOn());
        return view(entry);
    }

    @Override
    @Transactional
    public YouSaidWeDid update(YouSaidWeDidId id, long expectedVersion, YouSaidWeDid.Details details) {
        var entry = entries.findById(id.value()).orElseThrow(() -> new NotFoundException("You said, we did entry"));
        StaleVersionException.requireVersion(expectedVersion, entry.version());
        check(details);
        entry.apply(details, clock.instant().truncatedTo(ChronoUnit.MICROS));
        Set<UUID> wanted = new HashSet<>(details.basedOn().stream().map(FeedbackId::value).toList());
        feedback.findByYouSaidWeDidId(entry.id()).stream()
                .filter(item -> !wanted.contains(item.id()) && visible(item))
                .forEach(item -> item.linkTo(null));
        link(entry.id(), details.basedOn());
        entries.flush();
        return view(entry);
    }

    @Override
    @Transactional(readOnly = true)
    public List<YouSaidWeDid> list() {
        return entries.findAllByOrderByPublishedOnDescIdDesc().stream().map(this::view).toList();
    }

    @Override
    public Optional<PublicPage> publicPage(String organisationSlug, String language) {
        var organisation = organisations.findBySlug(organisationSlug).filter(Organisation::isActive);
        if (organisation.isEmpty()) {
            return Optional.empty();
        }
        return TenantContext.callInTenant(organisation.get().id(), () -> readOnly.execute(status -> {
            var languages = new LinkedHashSet<String>();
            channels.findAllByName().forEach(channel -> languages.addAll(channel.languages()));
            var published = entries.findAllByOrderByPublishedOnDescIdDesc().stream()
                    .map(entry -> new YouSaidWeDid.Published(entry.publishedOn(),
                            inLanguage(entry.youSaid(), language, organisation.get().defaultLanguage()),
                            inLanguage(entry.weDid(), language, organisation.get().defaultLanguage())))
                    .toList();
            return Optional.of(new PublicPage(organisation.get().name(), List.copyOf(languages), published));
        }));
    }

    /** The text in the reader's language, else the organisation's default language, else English, else any. */
    private static String inLanguage(Map<String, String> texts, String language, String defaultLanguage) {
        for (String candidate : List.of(language, defaultLanguage, "en")) {
            if (texts.containsKey(candidate)) {
                return texts.get(candidate);
            }
        }
        return texts.values().iterator().next();
    }

    private static void check(YouSaidWeDid.Details details) {
        if (!details.youSaid().keySet().equals(details.weDid().keySet())) {
            throw new InvalidInputException("weDid", "needs the same languages as youSaid");
        }
        if (details.youSaid().values().stream().anyMatch(String::isBlank)
                || details.weDid().values().stream().anyMatch(String::isBlank)) {
            throw new InvalidInputException("youSaid", "needs words in every language given");
        }
    }

    /** The feedback named must be this organisation's and visible to the caller (sensitive reports: focal points). */
    private void link(UUID entry, List<FeedbackId> basedOn) {
        for (FeedbackId id : basedOn) {
            var item = feedback.findById(id.value()).filter(this::visible)
                    .orElseThrow(() -> new InvalidInputException("basedOn", "names feedback that is not found"));
            item.linkTo(entry);
        }
        feedback.flush();
    }

    private boolean visible(FeedbackEntity item) {
        return !item.sensitive() || CurrentActor.require().hasRole(Role.PROTECTION_FOCAL_POINT);
    }

    private YouSaidWeDid view(YouSaidWeDidEntity entry) {
        var basedOn = feedback.findByYouSaidWeDidId(entry.id()).stream().filter(this::visible)
                .map(item -> new FeedbackId(item.id())).toList();
        return new YouSaidWeDid(new YouSaidWeDidId(entry.id()), entry.version(),
                new YouSaidWeDid.Details(entry.youSaid(), entry.weDid(), entry.publishedOn(), basedOn),
                entry.publishedOn(), basedOn);
    }
}
