package io.castellan.provisioning.connector;

/** An attempt of a connector failed; the message is recorded on the run as its last error, so keep it useful. */
public class ConnectorException extends RuntimeException {

	public ConnectorException(String message) {
		super(message);
	}

	public ConnectorException(String message, Throwable cause) {
		super(message, cause);
	}

}
