package io.rayonne.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rayonne.calendar.PostWorkflow.Actor;
import io.rayonne.calendar.PostWorkflow.State;
import org.junit.jupiter.api.Test;

/** The workflow's rules under each office policy. */
class PostWorkflowTest {

    private static final Actor CAMILLE = new Actor("camille", true);
    private static final Actor GISELE = new Actor("gisele", true);
    private static final Actor JUSTINE = new Actor("justine", true);
    private static final Actor INTERN = new Actor("stagiaire", false);
    private static final State DRAFT = State.of(PostStatus.DRAFT, "camille");

    private static void refused(State state, PostAction action, Actor actor, ApprovalPolicy policy, String key) {
        assertThatThrownBy(() -> PostWorkflow.next(state, action, actor, policy))
                .isInstanceOfSatisfying(
                        WorkflowRefusedException.class, e -> assertThat(e.key()).isEqualTo(key));
    }

    @Test
    void underARequiredReviewAColleagueApprovesBeforeScheduling() {
        refused(DRAFT, PostAction.SCHEDULE, CAMILLE, ApprovalPolicy.REQUIRED, "calendar.refused.needs-approval");
        State inReview = PostWorkflow.next(DRAFT, PostAction.SUBMIT, CAMILLE, ApprovalPolicy.REQUIRED);
        assertThat(inReview.status()).isEqualTo(PostStatus.IN_REVIEW);
        refused(inReview, PostAction.APPROVE, CAMILLE, ApprovalPolicy.REQUIRED, "calendar.refused.own-post");
        refused(inReview, PostAction.APPROVE, INTERN, ApprovalPolicy.REQUIRED, "calendar.refused.not-a-reviewer");
        State approved = PostWorkflow.next(inReview, PostAction.APPROVE, GISELE, ApprovalPolicy.REQUIRED);
        assertThat(approved.status()).isEqualTo(PostStatus.APPROVED);
        assertThat(approved.approvals()).containsExactly("gisele");
        State scheduled = PostWorkflow.next(approved, PostAction.SCHEDULE, CAMILLE, ApprovalPolicy.REQUIRED);
        assertThat(scheduled.status()).isEqualTo(PostStatus.SCHEDULED);
        State published = PostWorkflow.next(scheduled, PostAction.PUBLISH, CAMILLE, ApprovalPolicy.REQUIRED);
        assertThat(published.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(published.status().locked()).isTrue();
        refused(published, PostAction.CANCEL, CAMILLE, ApprovalPolicy.REQUIRED, "calendar.refused.already-published");
    }

    @Test
    void twoLevelApprovalNeedsTwoDifferentColleagues() {
        State inReview = PostWorkflow.next(DRAFT, PostAction.SUBMIT, CAMILLE, ApprovalPolicy.TWO_LEVEL);
        State once = PostWorkflow.next(inReview, PostAction.APPROVE, GISELE, ApprovalPolicy.TWO_LEVEL);
        assertThat(once.status()).isEqualTo(PostStatus.IN_REVIEW);
        refused(once, PostAction.APPROVE, GISELE, ApprovalPolicy.TWO_LEVEL, "calendar.refused.approved-already");
        refused(once, PostAction.SCHEDULE, CAMILLE, ApprovalPolicy.TWO_LEVEL, "calendar.refused.needs-two-approvals");
        State twice = PostWorkflow.next(once, PostAction.APPROVE, JUSTINE, ApprovalPolicy.TWO_LEVEL);
        assertThat(twice.status()).isEqualTo(PostStatus.APPROVED);
        assertThat(twice.approvals()).containsExactly("gisele", "justine");
    }

    @Test
    void aRejectionSendsThePostBackToDraftAndDropsApprovals() {
        State inReview = PostWorkflow.next(DRAFT, PostAction.SUBMIT, CAMILLE, ApprovalPolicy.TWO_LEVEL);
        State once = PostWorkflow.next(inReview, PostAction.APPROVE, GISELE, ApprovalPolicy.TWO_LEVEL);
        State rejected = PostWorkflow.next(once, PostAction.REJECT, JUSTINE, ApprovalPolicy.TWO_LEVEL);
        assertThat(rejected.status()).isEqualTo(PostStatus.DRAFT);
        assertThat(rejected.approvals()).isEmpty();
    }

    @Test
    void withoutReviewOrWithAnOptionalOneTheWriterSchedules() {
        refused(DRAFT, PostAction.SUBMIT, CAMILLE, ApprovalPolicy.NONE, "calendar.refused.no-review-here");
        assertThat(PostWorkflow.next(DRAFT, PostAction.SCHEDULE, CAMILLE, ApprovalPolicy.NONE)
                        .status())
                .isEqualTo(PostStatus.SCHEDULED);
        State asked = PostWorkflow.next(DRAFT, PostAction.SUBMIT, CAMILLE, ApprovalPolicy.OPTIONAL);
        assertThat(PostWorkflow.next(asked, PostAction.SCHEDULE, CAMILLE, ApprovalPolicy.OPTIONAL)
                        .status())
                .isEqualTo(PostStatus.SCHEDULED);
    }

    @Test
    void changingAnApprovedTextSendsItBackToReview() {
        State approved = new State(PostStatus.SCHEDULED, "camille", java.util.List.of("gisele"));
        State edited = PostWorkflow.edited(approved, ApprovalPolicy.REQUIRED);
        assertThat(edited.status()).isEqualTo(PostStatus.IN_REVIEW);
        assertThat(edited.approvals()).isEmpty();
        assertThat(PostWorkflow.edited(approved, ApprovalPolicy.NONE)).isEqualTo(approved);
    }

    @Test
    void cancelledPostsReopenAsDraftsAndIdeasStart() {
        State cancelled = PostWorkflow.next(DRAFT, PostAction.CANCEL, CAMILLE, ApprovalPolicy.REQUIRED);
        assertThat(cancelled.status().locked()).isTrue();
        assertThat(PostWorkflow.next(cancelled, PostAction.REOPEN, CAMILLE, ApprovalPolicy.REQUIRED)
                        .status())
                .isEqualTo(PostStatus.DRAFT);
        State idea = State.of(PostStatus.IDEA, "camille");
        assertThat(PostWorkflow.next(idea, PostAction.START, CAMILLE, ApprovalPolicy.REQUIRED)
                        .status())
                .isEqualTo(PostStatus.DRAFT);
        refused(DRAFT, PostAction.START, CAMILLE, ApprovalPolicy.REQUIRED, "calendar.refused.not-an-idea");
    }

    @Test
    void everyRefusalIsSaidInFrenchAndEnglish() throws java.io.IOException {
        java.util.regex.Matcher keys = java.util.regex.Pattern.compile("\"(calendar\\.refused\\.[a-z-]+)\"")
                .matcher(java.nio.file.Files.readString(
                        java.nio.file.Path.of("src/main/java/io/rayonne/calendar/PostWorkflow.java")));
        var fr = new java.util.Properties();
        var en = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/vaadin-i18n/translations_fr.properties")) {
            fr.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        try (var in = getClass().getResourceAsStream("/vaadin-i18n/translations_en.properties")) {
            en.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        int found = 0;
        while (keys.find()) {
            found++;
            assertThat(fr.getProperty(keys.group(1))).as(keys.group(1)).isNotBlank();
            assertThat(en.getProperty(keys.group(1))).as(keys.group(1)).isNotBlank();
        }
        assertThat(found).isGreaterThan(10);
    }
}
