import type { CommentRequest } from '@dondoc/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';

export class CommentDto implements CommentRequest {
  @ApiProperty({ example: 'Nhờ @hd.vhxh.head xem giúp phần số liệu' })
  @IsString()
  @Matches(/\S/, { message: 'text must not be blank' })
  @MaxLength(4000)
  text: string;
}
