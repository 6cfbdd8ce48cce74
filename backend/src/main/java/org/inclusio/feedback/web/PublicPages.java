package org.inclusio.feedback.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.inclusio.feedback.FeedbackCategory;
import org.inclusio.feedback.FeedbackForm;
import org.inclusio.feedback.IntakeChannel;
import org.inclusio.feedback.PublicChannel;
import org.inclusio.feedback.PublicFeedback;
import org.inclusio.feedback.Question;
import org.inclusio.feedback.QuestionKind;
import org.inclusio.feedback.Receipt;
import org.inclusio.feedback.ReceiptStatus;
import org.inclusio.feedback.YouSaidWeDidService;
import org.inclusio.feedback.web.AltchaChallenges.Proof;
import org.inclusio.feedback.web.PublicPagesLanguages.Language;
import org.inclusio.feedback.web.PublicPagesRenderer.Problem;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The anonymous feedback pages, plain server-rendered HTML that works without JavaScript: the form of a channel
 * ({@code /f/{token}}), its thank-you page with the receipt code, the status page where the code shows the answer
 * (posted, never in an address), and an organisation's "you said, we did" page ({@code /o/{slug}/you-said-we-did}).
 * Bad input brings the form back filled in with a message at the field; nothing is stored then.
 */
@Controller
class PublicPages {

    static final String HONEYPOT_FIELD = "website";
    private static final int MAX_CODE = 100;
    private static final int MAX_SHORT_ANSWER = 500;
    private static final List<String> RATINGS = List.of("1", "2", "3", "4", "5");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One extra question as the form shows it; {@code options} for the kinds answered by a radio button. */
    record QuestionView(String field, String id, QuestionKind kind, String text, List<Option> options) {

        QuestionView(Question question, String text, List<Option> options) {
            this("q." + question.key(), "q-" + question.key(), question.kind(), text, options);
        }
    }

    record Option(String value, String label) {
    }

    private final PublicFeedback feedback;
    private final ObjectProvider<YouSaidWeDidService> youSaidWeDid;
    private final PublicPagesLanguages languages;
    private final PublicPagesRenderer pages;
    private final AltchaChallenges altcha;
    private final Clock clock;

    PublicPages(PublicFeedback feedback, ObjectProvider<YouSaidWeDidService> youSaidWeDid, PublicPagesLanguages languages,
                PublicPagesRenderer pages, AltchaChallenges altcha, Clock clock) {
        this.feedback = feedback;
        this.youSaidWeDid = youSaidWeDid;
        this.languages = languages;
        this.pages = pages;
        this.altcha = altcha;
        this.clock = clock;
    }

    @GetMapping("/f/{token}")
    String form(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<PublicChannel> channel = feedback.channel(token);
        if (channel.isEmpty()) {
            return problem(response, model, Problem.NOT_FOUND, HttpStatus.NOT_FOUND, languages.choose(request));
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noCache().getHeaderValue());
        List<String> offered = languages.offered(channel.get().languages());
        Language language = languages.choose(request, offered);
        if (!channel.get().open()) {
            return problem(response, model, Problem.CLOSED, HttpStatus.OK, language);
        }
        return showForm(channel.get(), language, offered, Map.of(), Map.of(), model);
    }

    @PostMapping(path = "/f/{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String submit(@PathVariable String token, @RequestParam MultiValueMap<String, String> fields,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        Optional<PublicChannel> found = feedback.channel(token);
        if (found.isEmpty()) {
            return problem(response, model, Problem.NOT_FOUND, HttpStatus.NOT_FOUND, languages.choose(request));
        }
        PublicChannel channel = found.get();
        List<String> offered = languages.offered(channel.languages());
        Language language = languages.choose(request, offered);
        if (!channel.open()) {
            return problem(response, model, Problem.CLOSED, HttpStatus.CONFLICT, language);
        }
        Map<String, String> filled = filled(fields);
        Map<String, String> errors = new LinkedHashMap<>();
        if (request.getAttribute(PublicIntakeAbuseFilter.PROOF) == Proof.REFUSED) {
            errors.put("form", language.text("error.proof"));
        }
        FeedbackForm form = validated(channel, language, filled, errors);
        if (!errors.isEmpty() || form == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return showForm(channel, language, offered, filled, errors, model);
        }
        Receipt receipt;
        if (!filled.getOrDefault(HONEYPOT_FIELD, "").isBlank()) {
            // a robot filled the field people never see: it is told what people are told, and nothing is kept
            receipt = new Receipt(decoyReceiptCode(), LocalDate.now(clock).plusDays(channel.answerDays()));
        } else {
            try {
                receipt = feedback.submit(token, IntakeChannel.ONLINE_FORM, form);
            } catch (NotFoundException gone) {
                return problem(response, model, Problem.NOT_FOUND, HttpStatus.NOT_FOUND, languages.choose(request));
            } catch (InvalidInputException refused) {
                errors.put("form", language.text("error.refused"));
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                return showForm(channel, language, offered, filled, errors, model);
            }
        }
        pages.prepare(model, language, offered, "");
        model.addAttribute("receiptCode", receipt.receiptCode());
        model.addAttribute("answerBy", language.date(receipt.answerExpectedBy()));
        model.addAttribute("organisation", channel.organisationName());
        model.addAttribute("statusPath", statusPath(token, language));
        return "feedback/thanks";
    }

    @GetMapping("/f/{token}/status")
    String statusForm(@PathVariable String token, HttpServletRequest request, HttpServletResponse response,
                      Model model) {
        Optional<PublicChannel> channel = feedback.channel(token);
        if (channel.isEmpty()) {
            return problem(response, model, Problem.NOT_FOUND, HttpStatus.NOT_FOUND, languages.choose(request));
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noCache().getHeaderValue());
        List<String> offered = languages.offered(channel.get().languages());
        Language language = languages.choose(request, offered);
        pages.prepare(model, language, offered, "/f/" + token + "/status");
        model.addAttribute("organisation", channel.get().organisationName());
        model.addAttribute("action", statusPath(token, language));
        model.addAttribute("formPath", formPath(token, language));
        return "feedback/status";
    }

    /** The code comes in the body, so that it is in no address, no history and no log of a proxy. */
    @PostMapping(path = "/f/{token}/status", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String status(@PathVariable String token, @RequestParam(name = "code", defaultValue = "") String code,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        Optional<PublicChannel> channel = feedback.channel(token);
        if (channel.isEmpty()) {
            return problem(response, model, Problem.NOT_FOUND, HttpStatus.NOT_FOUND, languages.choose(request));
        }
        List<String> offered = languages.offered(channel.get().languages());
        Language language = languages.choose(request, offered);
        pages.prepare(model, language, offered, "");
        model.addAttribute("organisation", channel.get().organisationName());
        model.addAttribute("action", statusPath(token, language));
        model.addAttribute("formPath", formPath(token, language));
        String entered = code.strip();
        Optional<ReceiptStatus> status = entered.isEmpty() || entered.length() > MAX_CODE ? Optional.empty()
                : feedback.status(entered);
        if (status.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("codeError", language.text(entered.isEmpty() ? "status.missing" : "status.unknown"));
            return "feedback/status";
        }
        ReceiptStatus found = status.get();
        model.addAttribute("found", found);
        model.addAttribute("statusText", language.text("status." + found.status().name()));
        model.addAttribute("receivedOn", language.text("status.received", language.date(found.receivedOn())));
        model.addAttribute("answerBy", language.text("status.noreply", language.date(found.answerExpectedBy())));
        model.addAttribute("repliedOn", found.repliedOn() == null ? null
                : language.text("status.replied", language.date(found.repliedOn())));
        model.addAttribute("referredTo", found.referredTo() == null ? null
                : language.text("status.referred", found.referredTo()));
        return "feedback/status";
    }

    @GetMapping("/o/{slug}/you-said-we-did")
    String youSaidWeDid(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response,
                        Model model) {
        Language asked = languages.choose(request);
        YouSaidWeDidService entries = youSaidWeDid.getIfAvailable();
        Optional<YouSaidWeDidService.PublicPage> page = entries == null ? Optional.empty()
                : entries.publicPage(slug, asked.code());
        if (page.isEmpty()) {
            return problem(response, model, Problem.NOT_FOUND, HttpStatus.NOT_FOUND, asked);
        }
        List<String> offered = languages.offered(page.get().languages());
        Language language = languages.choose(request, offered);
        if (!language.code().equals(asked.code())) {
            page = entries.publicPage(slug, language.code());
            if (page.isEmpty()) {
                return problem(response, model, Problem.NOT_FOUND, HttpStatus.NOT_FOUND, language);
            }
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noCache().getHeaderValue());
        pages.prepare(model, language, offered, "/o/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8)
                + "/you-said-we-did");
        model.addAttribute("organisation", page.get().organisationName());
        model.addAttribute("heading", language.text("ysw.heading", page.get().organisationName()));
        model.addAttribute("entries", page.get().entries().stream()
                .map(entry -> Map.of("published", language.date(entry.publishedOn()),
                        "youSaid", entry.youSaid(), "weDid", entry.weDid()))
                .toList());
        return "feedback/you-said-we-did";
    }

    /** Any other address under the public paths: the friendly not-found page (and no staff UI, no session). */
    @RequestMapping({"/f/**", "/o/**"})
    String unknown(HttpServletRequest request, HttpServletResponse response, Model model) {
        return problem(response, model, Problem.NOT_FOUND, HttpStatus.NOT_FOUND, languages.choose(request));
    }

    /** The proof-of-work script: small, ours, cached for a day. */
    @GetMapping(PublicPagesRenderer.SCRIPT_PATH)
    ResponseEntity<String> script() {
        return ResponseEntity.ok().contentType(MediaType.valueOf("text/javascript;charset=UTF-8"))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .body(SCRIPT);
    }

    private static final String SCRIPT = PublicPagesRenderer.read(PublicPagesRenderer.SCRIPT_RESOURCE);

    private String showForm(PublicChannel channel, Language language, List<String> offered,
                            Map<String, String> filled, Map<String, String> errors, Model model) {
        String token = channel.publicToken();
        pages.prepare(model, language, offered, "/f/" + token);
        model.addAttribute("organisation", channel.organisationName());
        model.addAttribute("heading", language.text("form.heading", channel.organisationName()));
        model.addAttribute("questions", channel.questions().stream()
                .map(question -> view(question, language, channel.languages())).toList());
        model.addAttribute("categories", Arrays.stream(FeedbackCategory.values())
                .map(category -> new Option(category.name(), language.text("category." + category.name())))
                .toList());
        model.addAttribute("ratings", RATINGS);
        model.addAttribute("filled", filled);
        model.addAttribute("errors", errors);
        model.addAttribute("maxComment", FeedbackForm.MAX_COMMENT);
        model.addAttribute("maxShortAnswer", MAX_SHORT_ANSWER);
        model.addAttribute("action", formPath(token, language));
        model.addAttribute("statusPath", statusPath(token, language));
        model.addAttribute("challenge", altcha.asJson(altcha.issue()));
        model.addAttribute("script", PublicPagesRenderer.SCRIPT_PATH);
        return "feedback/form";
    }

    private static QuestionView view(Question question, Language language, List<String> channelLanguages) {
        String text = PublicPagesLanguages.pick(question.text(), language.code(), channelLanguages);
        List<Option> options = switch (question.kind()) {
            case RATING -> RATINGS.stream().map(rating -> new Option(rating, language.text("rating." + rating)))
                    .toList();
            case YES_NO -> List.of(new Option("yes", language.text("answer.yes")),
                    new Option("no", language.text("answer.no")));
            case SINGLE_CHOICE -> question.choices().stream()
                    .map(choice -> new Option(choice.key(),
                            PublicPagesLanguages.pick(choice.text(), language.code(), channelLanguages)))
                    .toList();
            case SHORT_TEXT -> List.of();
        };
        return new QuestionView(question, text, options);
    }

    /** The fields as sent, one value each, for checking and for filling the form in again. */
    private static Map<String, String> filled(MultiValueMap<String, String> fields) {
        Map<String, String> filled = new HashMap<>();
        fields.forEach((name, values) -> {
            if (!values.isEmpty() && values.getFirst() != null) {
                filled.put(name, values.getFirst());
            }
        });
        return filled;
    }

    /** The form if everything fits; otherwise the errors by field, in the person's language. */
    private static @Nullable FeedbackForm validated(PublicChannel channel, Language language,
                                                    Map<String, String> filled, Map<String, String> errors) {
        FeedbackCategory category = null;
        try {
            category = FeedbackCategory.valueOf(filled.getOrDefault("category", ""));
        } catch (IllegalArgumentException missing) {
            errors.put("category", language.text("error.category"));
        }
        Integer satisfaction = null;
        String rating = filled.getOrDefault("satisfaction", "");
        if (RATINGS.contains(rating)) {
            satisfaction = Integer.valueOf(rating);
        } else if (!rating.isEmpty()) {
            errors.put("satisfaction", language.text("error.choice"));
        }
        String comment = filled.getOrDefault("comment", "").strip();
        if (comment.length() > FeedbackForm.MAX_COMMENT) {
            errors.put("comment", language.text("error.long", Integer.toString(FeedbackForm.MAX_COMMENT)));
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (Question question : channel.questions()) {
            String answer = filled.getOrDefault("q." + question.key(), "").strip();
            if (answer.isEmpty()) {
                continue;
            }
            boolean fits = switch (question.kind()) {
                case RATING -> RATINGS.contains(answer);
                case YES_NO -> answer.equals("yes") || answer.equals("no");
                case SINGLE_CHOICE -> question.choices().stream().anyMatch(choice -> choice.key().equals(answer));
                case SHORT_TEXT -> answer.length() <= MAX_SHORT_ANSWER;
            };
            if (!fits) {
                errors.put("q." + question.key(), question.kind() == QuestionKind.SHORT_TEXT
                        ? language.text("error.long", Integer.toString(MAX_SHORT_ANSWER))
                        : language.text("error.choice"));
            }
            answers.put(question.key(), answer);
        }
        if (!errors.isEmpty() || category == null) {
            return null;
        }
        return new FeedbackForm(language.code(), category, satisfaction, answers, comment.isEmpty() ? null : comment);
    }

    private String problem(HttpServletResponse response, Model model, Problem problem, HttpStatus status,
                           Language language) {
        response.setStatus(status.value());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        pages.prepare(model, language, List.of(), "");
        model.addAllAttributes(pages.problemModel(problem, language));
        return "feedback/problem";
    }

    private static String formPath(String token, Language language) {
        return "/f/" + token + "?lang=" + language.code();
    }

    private static String statusPath(String token, Language language) {
        return "/f/" + token + "/status?lang=" + language.code();
    }

    /** Looks like a receipt code (28 Crockford base32 characters in groups of 4), leads nowhere. */
    private static String decoyReceiptCode() {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        var code = new StringBuilder();
        for (int i = 0; i < 28; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return code.toString();
    }
}
