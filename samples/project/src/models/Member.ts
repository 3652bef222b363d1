// Member domain model (TypeScript). pilens reads classes, interfaces and property types.

export interface Member {
  id: number;
  /** 姓名 */
  realName: string;
  /** 身份证号 */
  idCardNo: string;
  mobilePhone: string;
  email: string;
  homeAddress: string;
  birthDate: Date;
  // @pi none — an internal sequence, not a person's number
  memberNo: string;
  emailEnabled: boolean;
}

export class Store {
  storeName = '';
  phone = ''; // a shop's switchboard, not a person's
}

export function maskIdCard(member: Member): string {
  return `${member.idCardNo.slice(0, 3)}***********${member.idCardNo.slice(-4)}`;
}
