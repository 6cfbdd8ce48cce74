package org.inclusio.feedback.internal;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;

import static org.assertj.core.api.Assertions.assertThat;

/** When a channel is open, and what a receipt code looks like and is read back as. */
class SurveyRoundsAndReceiptCodesTests {

    @Test
    void aOneOffChannelIsOpenFromItsFirstToItsLastDay() {
        var rounds = new SurveyRounds(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null);
        assertThat(rounds.openOn(LocalDate.of(2026, 2, 28))).isFalse();
        assertThat(rounds.openOn(LocalDate.of(2026, 3, 1))).isTrue();
        assertThat(rounds.openOn(LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(rounds.openOn(LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(rounds.latestStartedBy(LocalDate.of(2026, 3, 5))).isEmpty();
        assertThat(rounds.nextRoundOn(LocalDate.of(2026, 3, 5))).isNull();
        assertThat(new SurveyRounds(LocalDate.of(2026, 3, 1), null, null).openOn(LocalDate.of(2030, 1, 1))).isTrue();
    }

    @Test
    void aRecurringSurveyRepeatsItsFirstWindowEverySoManyMonths() {
        var rounds = new SurveyRounds(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 24), 6);
        assertThat(rounds.openOn(LocalDate.of(2026, 1, 24))).isTrue();
        assertThat(rounds.openOn(LocalDate.of(2026, 3, 1))).isFalse();
        assertThat(rounds.openOn(LocalDate.of(2026, 7, 10))).isTrue();
        assertThat(rounds.openOn(LocalDate.of(2026, 7, 25))).isFalse();
        assertThat(rounds.latestStartedBy(LocalDate.of(2026, 9, 1))).hasValue(
                new SurveyRounds.Round(LocalDate.of(2026, 7, 10), LocalDate.of(2026, 7, 24)));
        assertThat(rounds.nextRoundOn(LocalDate.of(2026, 9, 1))).isEqualTo(LocalDate.of(2027, 1, 10));
        assertThat(rounds.nextRoundOn(LocalDate.of(2025, 12, 1))).isEqualTo(LocalDate.of(2026, 1, 10));
    }

    @Test
    void aRecurringChannelWithoutAnEndRunsEachRoundUntilTheNext() {
        var rounds = new SurveyRounds(LocalDate.of(2026, 1, 31), null, 1);
        assertThat(rounds.latestStartedBy(LocalDate.of(2026, 2, 28))).hasValue(
                new SurveyRounds.Round(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 30)));
        assertThat(rounds.openOn(LocalDate.of(2026, 2, 15))).isTrue();
    }

    @Test
    void receiptCodesAreRandomGroupedAndReadBackHoweverTheyAreTyped() {
        var codes = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            codes.add(ReceiptCodes.generate());
        }
        assertThat(codes).hasSize(1000).allMatch(code -> code.matches("([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}"));
        String code = codes.iterator().next();
        String normalised = code.replace("-", "");
        assertThat(ReceiptCodes.normalise(code)).hasValue(normalised);
        assertThat(ReceiptCodes.normalise(" " + code.toLowerCase().replace("-", " ") + " ")).hasValue(normalised);
        assertThat(ReceiptCodes.normalise("0000-1111-0000-1111-0000-1111-0000"))
                .isEqualTo(ReceiptCodes.normalise("oooo-iiii-OOOO-llll-0000-1111-0000"));
        assertThat(ReceiptCodes.normalise(code.substring(1))).isEmpty();
        assertThat(ReceiptCodes.normalise(code.replace(code.charAt(0), 'U'))).isEmpty();
        assertThat(ReceiptCodes.hash(normalised)).hasSize(32).isNotEqualTo(normalised.getBytes());
    }
}
