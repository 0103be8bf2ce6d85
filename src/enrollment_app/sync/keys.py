"""Keys for sync bundles: the device's own secret, the central office's key pairs, key ids.

A device holds one random 32-byte secret (``Device.signing_key``). It is the raw Ed25519
private key the device signs its bundles with, and the input keying material from which
the device's X25519 key (for central-office updates sent to it) is derived with HKDF, so
one stored secret serves both purposes with domain separation. The central office holds
an Ed25519 signing key and an X25519 key-agreement key, each in a PEM (PKCS#8) file.

A key id is the lowercase hex SHA-256 of the raw 32-byte public key.
"""

from __future__ import annotations

import base64
import hashlib
import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

DEVICE_SECRET_LENGTH = 32
DEVICE_X25519_INFO = b"enrollment device x25519 v1"

RAW = serialization.Encoding.Raw
RAW_PUBLIC = serialization.PublicFormat.Raw
RAW_PRIVATE = serialization.PrivateFormat.Raw


def key_id(public_key: bytes) -> str:
    """Hex SHA-256 of a raw public key: how manifests and people name a key."""
    return hashlib.sha256(public_key).hexdigest()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def raw_public(key: Ed25519PrivateKey | X25519PrivateKey | Ed25519PublicKey | X25519PublicKey
               ) -> bytes:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey | X25519PrivateKey) else key
    return public.public_bytes(RAW, RAW_PUBLIC)


# ----------------------------------------------------------------------------- device
def new_device_secret() -> bytes:
    """A fresh device secret (made once, on first run)."""
    return os.urandom(DEVICE_SECRET_LENGTH)


def device_signing_key(secret: bytes) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(secret)


def device_encryption_key(secret: bytes) -> X25519PrivateKey:
    """The device's X25519 key: HKDF-SHA256(secret, salt=none, info=DEVICE_X25519_INFO)."""
    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                   info=DEVICE_X25519_INFO).derive(secret)
    return X25519PrivateKey.from_private_bytes(derived)


# ----------------------------------------------------------------------- PEM key files
def private_key_pem(key: Ed25519PrivateKey | X25519PrivateKey,
                    passphrase: bytes | None = None) -> bytes:
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase) if passphrase
        else serialization.NoEncryption())
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             encryption)


def load_private_key(path: Path, passphrase: bytes | None = None
                     ) -> Ed25519PrivateKey | X25519PrivateKey:
    """Read a PEM (PKCS#8) Ed25519 or X25519 private key file."""
    key = serialization.load_pem_private_key(path.read_bytes(), password=passphrase)
    if not isinstance(key, Ed25519PrivateKey | X25519PrivateKey):
        raise ValueError(f"{path} holds neither an Ed25519 nor an X25519 key")
    return key


def load_x25519_private_key(path: Path, passphrase: bytes | None = None) -> X25519PrivateKey:
    key = load_private_key(path, passphrase)
    if not isinstance(key, X25519PrivateKey):
        raise ValueError(f"{path} is not an X25519 (encryption) private key")
    return key


def load_ed25519_private_key(path: Path, passphrase: bytes | None = None) -> Ed25519PrivateKey:
    key = load_private_key(path, passphrase)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError(f"{path} is not an Ed25519 (signing) private key")
    return key


def write_secret_file(path: Path, data: bytes) -> None:
    """Write a private key readable by its owner only (created exclusively: never
    overwrites an existing key)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
