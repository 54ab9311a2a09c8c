package io.castellan.platform.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Maps every failure to RFC 9457 problem+json with a stable {@code code}: our own {@link ProblemException}s
 * (also when an Axon command handler threw them), bean validation, unreadable bodies, and the framework's own
 * 4xx answers. Unexpected failures answer 500 {@code internal_error} without internals.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 10)
public class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ProblemHandler.class);

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<ProblemDetail> problem(ProblemException ex) {
		return answer(ex);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation_failed", "The request is invalid.");
		problem.setProperty("errors", ex.getConstraintViolations()
			.stream()
			.map((violation) -> Map.of("field", violation.getPropertyPath().toString(), "message",
					violation.getMessage()))
			.toList());
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "You may not do this."));
	}

	@ExceptionHandler(RuntimeException.class)
	ResponseEntity<ProblemDetail> unexpected(RuntimeException ex) {
		ProblemException cause = findProblem(ex);
		if (cause != null) {
			return answer(cause);
		}
		logger.error("Unexpected failure", ex);
		return ResponseEntity.internalServerError()
			.body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error",
					"Something went wrong on our side; the request id identifies it in our logs."));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation_failed", "The request is invalid.");
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		// The framework's own answers (unreadable body, unsupported media type, 404, 405...) get a code too.
		if (body instanceof ProblemDetail problem && (problem.getProperties() == null
				|| !problem.getProperties().containsKey("code"))) {
			String code = frameworkCode(status);
			problem.setProperty("code", code);
			problem.setType(java.net.URI.create(Problems.TYPE_BASE + code));
			if (status.value() == 400 && problem.getDetail() != null && problem.getDetail().contains("read")) {
				problem.setDetail("The request body is not valid JSON of the expected shape.");
			}
		}
		return super.createResponseEntity(body, headers, status, request);
	}

	private static String frameworkCode(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "malformed_request";
			case 404 -> "not_found";
			case 405 -> "method_not_allowed";
			case 406 -> "not_acceptable";
			case 413 -> "payload_too_large";
			case 415 -> "unsupported_media_type";
			default -> "http_" + status.value();
		};
	}

	private static ResponseEntity<ProblemDetail> answer(ProblemException ex) {
		ResponseEntity.BodyBuilder response = ResponseEntity.status(ex.status());
		if (ex.retryAfter() != null) {
			response.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, ex.retryAfter().toSeconds())));
		}
		return response.body(Problems.of(ex.status(), ex.code(), ex.getMessage()));
	}

	private static ProblemException findProblem(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ProblemException problem) {
				return problem;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

}
