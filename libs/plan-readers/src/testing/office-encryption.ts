import { createCipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { writeCompoundFile } from './cfb-writer';

/**
 * Office's agile encryption (MS-OFFCRYPTO 2.3.4.10–2.3.4.15: AES-256-CBC, SHA-512, a password key
 * encryptor and the HMAC data integrity), wrapped the way Word saves a password-protected .docx:
 * an OLE compound file with "EncryptionInfo" and "EncryptedPackage" streams. The \x06DataSpaces
 * storage Word also writes is left out (the writer puts streams only under the root).
 */
const SEGMENT = 4096;
const SPIN_COUNT = 100_000;
const BLOCK_KEYS = {
  verifierInput: Buffer.from('fea7d2763b4b9e79', 'hex'),
  verifierValue: Buffer.from('d7aa0f6d3061344e', 'hex'),
  key: Buffer.from('146e0be7abacd0d6', 'hex'),
  hmacKey: Buffer.from('5fb2ad010cb9e1f6', 'hex'),
  hmacValue: Buffer.from('a0677f02b22c8433', 'hex'),
};

const sha512 = (...parts: Buffer[]) => createHash('sha512').update(Buffer.concat(parts)).digest();
const uint32 = (value: number) => {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(value);
  return bytes;
};

function aes(key: Buffer, iv: Buffer, data: Buffer): Buffer {
  const padded = Buffer.alloc(Math.ceil(data.length / 16) * 16);
  data.copy(padded);
  const cipher = createCipheriv('aes-256-cbc', key, iv.subarray(0, 16));
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(padded), cipher.final()]);
}

/** The password hashed with its salt SPIN_COUNT times; each use then adds its own block key. */
function spunPassword(password: string, salt: Buffer): (blockKey: Buffer) => Buffer {
  let hash = sha512(salt, Buffer.from(password, 'utf16le'));
  for (let iteration = 0; iteration < SPIN_COUNT; iteration++) hash = sha512(uint32(iteration), hash);
  return (blockKey) => sha512(hash, blockKey).subarray(0, 32);
}

function encryptPackage(plain: Buffer, key: Buffer, keySalt: Buffer): Buffer {
  const size = Buffer.alloc(8);
  size.writeBigUInt64LE(BigInt(plain.length));
  const segments: Buffer[] = [size];
  for (let index = 0; index * SEGMENT < plain.length; index++) {
    const iv = sha512(keySalt, uint32(index));
    segments.push(aes(key, iv, plain.subarray(index * SEGMENT, (index + 1) * SEGMENT)));
  }
  return Buffer.concat(segments);
}

const b64 = (bytes: Buffer) => bytes.toString('base64');

export function encryptOfficeDocument(document: Buffer, password = 'matkhau'): Buffer {
  const key = randomBytes(32);
  const keySalt = randomBytes(16);
  const passwordSalt = randomBytes(16);
  const encryptedPackage = encryptPackage(document, key, keySalt);

  const passwordKey = spunPassword(password, passwordSalt);
  const verifierInput = randomBytes(16);
  const hmacKey = randomBytes(64);
  const hmacValue = createHmac('sha512', hmacKey).update(encryptedPackage).digest();
  const cipherAttributes =
    'saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"';
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password" xmlns:c="http://schemas.microsoft.com/office/2006/keyEncryptor/certificate">' +
    `<keyData ${cipherAttributes} saltValue="${b64(keySalt)}"/>` +
    `<dataIntegrity encryptedHmacKey="${b64(aes(key, sha512(keySalt, BLOCK_KEYS.hmacKey), hmacKey))}" encryptedHmacValue="${b64(aes(key, sha512(keySalt, BLOCK_KEYS.hmacValue), hmacValue))}"/>` +
    '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">' +
    `<p:encryptedKey spinCount="${SPIN_COUNT}" ${cipherAttributes} saltValue="${b64(passwordSalt)}"` +
    ` encryptedVerifierHashInput="${b64(aes(passwordKey(BLOCK_KEYS.verifierInput), passwordSalt, verifierInput))}"` +
    ` encryptedVerifierHashValue="${b64(aes(passwordKey(BLOCK_KEYS.verifierValue), passwordSalt, sha512(verifierInput)))}"` +
    ` encryptedKeyValue="${b64(aes(passwordKey(BLOCK_KEYS.key), passwordSalt, key))}"/>` +
    '</keyEncryptor></keyEncryptors></encryption>';
  const versionInfo = Buffer.alloc(8);
  versionInfo.writeUInt16LE(4, 0);
  versionInfo.writeUInt16LE(4, 2);
  versionInfo.writeUInt32LE(0x40, 4);
  return writeCompoundFile([
    { name: 'EncryptionInfo', data: Buffer.concat([versionInfo, Buffer.from(xml, 'utf8')]) },
    { name: 'EncryptedPackage', data: encryptedPackage },
  ]);
}
