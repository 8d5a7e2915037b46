package org.newsbrowser.system;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns invalid request parameters into a 400 whose message names the parameter and what is wrong with it. The
 * error goes through Spring Boot's error handling, which answers browsers with the error page and scripts with
 * JSON, never with a stack trace.
 */
@ControllerAdvice
class BadRequestAdvice {

    @ExceptionHandler(BindException.class)
    void invalidParameters(BindException e, HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.BAD_REQUEST.value(), e.getFieldErrors().stream()
                .map(BadRequestAdvice::describe)
                .distinct()
                .collect(Collectors.joining("; ")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void wrongType(MethodArgumentTypeMismatchException e, HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.BAD_REQUEST.value(),
                e.getName() + " must be " + expected(e.getRequiredType()) + ", not '" + abbreviate(e.getValue()) + "'");
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    void invalidArgument(HandlerMethodValidationException e, HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.BAD_REQUEST.value(), e.getParameterValidationResults().stream()
                .map(result -> result.getMethodParameter().getParameterName() + " "
                        + result.getResolvableErrors().get(0).getDefaultMessage())
                .collect(Collectors.joining("; ")));
    }

    private static String describe(FieldError error) {
        if (error.isBindingFailure()) {
            return error.getField().replaceAll("\\[\\d+]", "") + " must be a number, not '"
                    + abbreviate(error.getRejectedValue()) + "'";
        }
        return error.getField() + " " + error.getDefaultMessage();
    }

    private static String expected(Class<?> type) {
        return type != null && Number.class.isAssignableFrom(org.springframework.util.ClassUtils.resolvePrimitiveIfNecessary(type))
                ? "a number" : "a valid value";
    }

    private static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
