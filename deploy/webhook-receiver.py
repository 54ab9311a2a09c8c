#!/usr/bin/env python3
"""A local receiver for provisioning-worker's signed webhooks (Standard Webhooks), for the local run only.

Verifies webhook-signature over "<webhook-id>.<webhook-timestamp>.<body>" with the shared secret, answers
200 {"handle": "local-<tenantId>"} when it is valid and 401 when it is not, and logs each call.
"""
import base64, hashlib, hmac, json, sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port, secret = int(sys.argv[1]), sys.argv[2]
key = base64.b64decode(secret.removeprefix("whsec_"))


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        signed = f"{self.headers.get('webhook-id')}.{self.headers.get('webhook-timestamp')}.".encode() + body
        expected = "v1," + base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
        given = (self.headers.get("webhook-signature") or "").split(" ")
        if not any(hmac.compare_digest(expected, sig) for sig in given):
            self.send_response(401)
            self.end_headers()
            print("rejected webhook with a bad signature", flush=True)
            return
        payload = json.loads(body or b"{}")
        answer = json.dumps({"handle": "local-" + str(payload.get("tenantId"))}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)
        print("accepted", self.headers.get("webhook-id"), payload.get("step"), payload.get("tenantId"), flush=True)

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", port), Receiver).serve_forever()
