import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, declaredCharset } from '../src/decode/index.js';
import { StageError } from '../src/problems.js';

const TEXT = '深圳市坪山区应急管理局2024年法治政府建设年度报告,巡查企业6986家次。';
const page = (charset: string, body = TEXT) => `<html><head><meta charset="${charset}"></head><body><p>${body}</p></body></html>`;

describe('decodeBytes', () => {
  it('reads UTF-8', () => expect(decodeBytes(Buffer.from(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8' }));
  it('strips a UTF-8 BOM', () => expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)])).text).toBe(TEXT));
  it('reads UTF-16 LE and BE by their BOM', () => {
    expect(decodeBytes(iconv.encode(TEXT, 'utf-16le', { addBOM: true }))).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeBytes(iconv.encode(TEXT, 'utf-16be', { addBOM: true }))).toEqual({ text: TEXT, encoding: 'utf-16be' });
  });
  it('reads UTF-16 with no BOM by where its NUL bytes fall', () => {
    expect(decodeBytes(iconv.encode(TEXT, 'utf-16le'))).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeBytes(iconv.encode(TEXT, 'utf-16be'))).toEqual({ text: TEXT, encoding: 'utf-16be' });
  });
  it('keeps UTF-8 with a cut-off last character, marking the loss', () => {
    const cut = Buffer.from(TEXT + '罚').subarray(0, -1);
    expect(decodeBytes(cut)).toEqual({ text: TEXT + '\ufffd', encoding: 'utf-8' });
  });
  it('falls back to GB18030 for GBK bytes with no declaration', () => {
    expect(decodeBytes(iconv.encode(TEXT, 'gbk'))).toEqual({ text: TEXT, encoding: 'gb18030' });
  });
  it('uses a declared charset, reading the GB family as GB18030', () => {
    const html = page('gbk');
    expect(decodeBytes(iconv.encode(html, 'gbk'))).toEqual({ text: html, encoding: 'gb18030' });
    const big5 = page('big5', '臺灣報告');
    expect(decodeBytes(iconv.encode(big5, 'big5'))).toEqual({ text: big5, encoding: 'big5' });
  });
  it('trusts valid UTF-8 over a declaration that lies', () => {
    const html = page('gb2312');
    expect(decodeBytes(Buffer.from(html))).toEqual({ text: html, encoding: 'utf-8' });
  });
  it('decodes GBK bytes that claim to be UTF-8', () => {
    const html = page('utf-8');
    expect(decodeBytes(iconv.encode(html, 'gbk')).text).toBe(html);
  });
  it('honours --encoding', () => expect(decodeBytes(iconv.encode(TEXT, 'utf-16le'), { encoding: 'utf-16le' }).text).toBe(TEXT));
  it('refuses an unknown --encoding', () => expect(() => decodeBytes(Buffer.from('x'), { encoding: 'nope' })).toThrow(/unknown encoding/));
  it.each([
    ['PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ['PDF document', Buffer.from('%PDF-1.7\n')],
    ['NUL bytes', Buffer.from([0x41, 0x00, 0x42])],
  ])('refuses %s as not text', (what, bytes) => {
    expect(() => decodeBytes(bytes)).toThrow(StageError);
    expect(() => decodeBytes(bytes)).toThrow(new RegExp(what));
  });
  it('reads the declared charset of http-equiv and XML declarations', () => {
    expect(declaredCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'))).toBe('gb2312');
    expect(declaredCharset(Buffer.from('<?xml version="1.0" encoding="GBK"?>'))).toBe('gbk');
  });
});
