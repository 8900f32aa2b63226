package com.mockmate.interview.service;

import com.mockmate.assessment.service.InterviewPlan;
import com.mockmate.scoring.NextAction;

/** The interviewer's scripted lines around the model's reaction: greeting, next question, goodbye. */
final class InterviewerLines {

    private InterviewerLines() {}

    static String opening(InterviewPlan plan) {
        return "Hi, welcome to your mock interview for \"" + plan.title() + "\". I'll ask you "
                + plan.count() + (plan.count() == 1 ? " question" : " questions")
                + " and may follow up on your answers. Take your time and think out loud.\n\n"
                + questionLine(plan, 1);
    }

    static String questionLine(InterviewPlan plan, int position) {
        return "Question " + position + " of " + plan.count() + ": "
                + plan.question(position).text();
    }

    /** The model reacts and may ask a follow-up; moving on and closing are ours, so the next question is exact. */
    static String afterAnswer(String modelText, NextAction action, InterviewPlan plan, int questionPosition) {
        return switch (action) {
            case FOLLOW_UP -> modelText;
            case NEXT_QUESTION -> modelText + "\n\n" + questionLine(plan, questionPosition + 1);
            case END -> modelText + "\n\nYour results are ready.";
        };
    }
}
