package io.rayonne.calendar;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a post's workflow, in one place and without storage: from a state, an action by
 * someone under the office's approval policy, the next state — or the reason it is refused.
 * Nobody approves their own post; under two-level approval, two different colleagues do.
 */
public final class PostWorkflow {

    private PostWorkflow() {}

    /**
     * A post's workflow state.
     *
     * @param approvals who approved the version now in review, in order
     */
    public record State(PostStatus status, String ownerId, List<String> approvals) {
        public State {
            approvals = List.copyOf(approvals);
        }

        public static State of(PostStatus status, String ownerId) {
            return new State(status, ownerId, List.of());
        }
    }

    /** Who acts: their login, and whether they may review the office's posts. */
    public record Actor(String userId, boolean reviewer) {}

    public static State next(State state, PostAction action, Actor actor, ApprovalPolicy policy) {
        PostStatus status = state.status();
        return switch (action) {
            case START -> {
                require(status == PostStatus.IDEA, "calendar.refused.not-an-idea");
                yield to(state, PostStatus.DRAFT);
            }
            case SUBMIT -> {
                require(policy != ApprovalPolicy.NONE, "calendar.refused.no-review-here");
                require(status == PostStatus.DRAFT || status == PostStatus.IDEA, "calendar.refused.not-a-draft");
                yield to(state, PostStatus.IN_REVIEW);
            }
            case APPROVE -> approve(state, actor, policy);
            case REJECT -> {
                require(status == PostStatus.IN_REVIEW, "calendar.refused.not-in-review");
                require(actor.reviewer(), "calendar.refused.not-a-reviewer");
                require(!actor.userId().equals(state.ownerId()), "calendar.refused.own-post");
                yield to(state, PostStatus.DRAFT);
            }
            case SCHEDULE -> {
                boolean reviewed = status == PostStatus.APPROVED;
                boolean unreviewedAllowed = policy.approvalsNeeded() == 0
                        && (status == PostStatus.DRAFT || status == PostStatus.IDEA || status == PostStatus.IN_REVIEW);
                require(reviewed || unreviewedAllowed, scheduleRefusal(status, policy));
                yield to(state, PostStatus.SCHEDULED);
            }
            case UNSCHEDULE -> {
                require(status == PostStatus.SCHEDULED, "calendar.refused.not-scheduled");
                yield new State(
                        policy.approvalsNeeded() == 0 ? PostStatus.DRAFT : PostStatus.APPROVED,
                        state.ownerId(),
                        state.approvals());
            }
            case PUBLISH -> {
                require(
                        status == PostStatus.SCHEDULED
                                || status == PostStatus.APPROVED
                                || (policy.approvalsNeeded() == 0 && status == PostStatus.DRAFT),
                        "calendar.refused.not-ready-to-publish");
                yield new State(PostStatus.PUBLISHED, state.ownerId(), state.approvals());
            }
            case CANCEL -> {
                require(status != PostStatus.PUBLISHED, "calendar.refused.already-published");
                require(status != PostStatus.CANCELLED, "calendar.refused.already-cancelled");
                yield to(state, PostStatus.CANCELLED);
            }
            case REOPEN -> {
                require(status == PostStatus.CANCELLED, "calendar.refused.not-cancelled");
                yield to(state, PostStatus.DRAFT);
            }
        };
    }

    /**
     * After a change of the text, what was approved is no longer what will be posted: an approved
     * or scheduled post under review goes back to review, its approvals dropped.
     */
    public static State edited(State state, ApprovalPolicy policy) {
        if (policy.approvalsNeeded() > 0
                && (state.status() == PostStatus.APPROVED
                        || state.status() == PostStatus.SCHEDULED
                        || (state.status() == PostStatus.IN_REVIEW
                                && !state.approvals().isEmpty()))) {
            return to(state, PostStatus.IN_REVIEW);
        }
        return state;
    }

    private static State approve(State state, Actor actor, ApprovalPolicy policy) {
        require(state.status() == PostStatus.IN_REVIEW, "calendar.refused.not-in-review");
        require(actor.reviewer(), "calendar.refused.not-a-reviewer");
        require(!actor.userId().equals(state.ownerId()), "calendar.refused.own-post");
        require(!state.approvals().contains(actor.userId()), "calendar.refused.approved-already");
        List<String> approvals = new ArrayList<>(state.approvals());
        approvals.add(actor.userId());
        PostStatus next =
                approvals.size() >= Math.max(1, policy.approvalsNeeded()) ? PostStatus.APPROVED : PostStatus.IN_REVIEW;
        return new State(next, state.ownerId(), approvals);
    }

    private static String scheduleRefusal(PostStatus status, ApprovalPolicy policy) {
        if (status.locked()) {
            return "calendar.refused.locked";
        }
        if (status == PostStatus.SCHEDULED) {
            return "calendar.refused.already-scheduled";
        }
        return policy == ApprovalPolicy.TWO_LEVEL
                ? "calendar.refused.needs-two-approvals"
                : "calendar.refused.needs-approval";
    }

    /** A new status; approvals only survive into approved and scheduled. */
    private static State to(State state, PostStatus status) {
        boolean keep =
                status == PostStatus.APPROVED || status == PostStatus.SCHEDULED || status == PostStatus.PUBLISHED;
        return new State(status, state.ownerId(), keep ? state.approvals() : List.of());
    }

    private static void require(boolean condition, String refusal) {
        if (!condition) {
            throw new WorkflowRefusedException(refusal);
        }
    }
}
