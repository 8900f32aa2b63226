package com.mockmate.interview.domain;

/** The interviewer's scripted lines around the model's reaction: greeting, next question, goodbye. */
public final class InterviewerLines {

    private static final String QUESTION_PREFIX = "Question ";
    private static final String CLOSING = "\n\nYour results are ready.";

    private InterviewerLines() {}

    public static String opening(DrawnQuestions plan) {
        return "Hi, welcome to your mock interview for \"" + plan.title() + "\". I'll ask you "
                + plan.count() + (plan.count() == 1 ? " question" : " questions")
                + " and may follow up on your answers. Take your time and think out loud.\n\n"
                + questionLine(plan, 1);
    }

    static String questionLine(DrawnQuestions plan, int position) {
        return QUESTION_PREFIX + position + " of " + plan.count() + ": "
                + plan.question(position).text();
    }

    /** The opening line without the first question, for screens that show the question on its own. */
    public static String greeting(String opening) {
        int question = opening.lastIndexOf("\n\n" + QUESTION_PREFIX + 1 + " of ");
        return question < 0 ? opening : opening.substring(0, question);
    }

    /**
     * The interviewer's reaction to an answer without the scripted lines we appended (the next question, the
     * closing), for screens that show each question on its own.
     */
    public static String reaction(String interviewerText, NextAction action, int questionPosition) {
        var appended = switch (action) {
            case FOLLOW_UP -> -1;
            case NEXT_QUESTION ->
                interviewerText.lastIndexOf("\n\n" + QUESTION_PREFIX + (questionPosition + 1) + " of ");
            case END -> interviewerText.endsWith(CLOSING) ? interviewerText.length() - CLOSING.length() : -1;
        };
        return appended < 0 ? interviewerText : interviewerText.substring(0, appended);
    }

    /** The model reacts and may ask a follow-up; moving on and closing are ours, so the next question is exact. */
    public static String afterAnswer(String modelText, NextAction action, DrawnQuestions plan, int questionPosition) {
        return switch (action) {
            case FOLLOW_UP -> modelText;
            case NEXT_QUESTION -> modelText + "\n\n" + questionLine(plan, questionPosition + 1);
            case END -> modelText + CLOSING;
        };
    }
}
